// Runs the synthesized state machine in aws-local-stepfunctions, an interpreter of the Amazon States Language, for
// the acceptance tests' workflow driver.
//
//   node workflow-runner.mjs <definition.asl.json>
//
// stdin:  one request per line, {"endpoint": <task endpoint URL>, "input": <execution input>,
//         "context": <Context Object: Execution.Id, Execution.Name, StateMachine.Id>}; the process ends when it closes
// stdout: one answer per request, in order: {"status": "SUCCEEDED", "output": ..., "events": [...]}
//         or {"status": "FAILED" | "TIMED_OUT", "error": ..., "cause": ..., "events": [...]}
// stderr: diagnostics only.
//
// Every Task state is handed to the test JVM: POST <endpoint> {"state", "resource", "input", "execution"}, which
// emulates the service integration and answers {"result": ...} or {"error", "cause", "terminal"}. Retry intervals
// are overridden to zero, so nothing sleeps; every other field of the definition runs as written.

// aws-local-stepfunctions 3 targets Node 22; Promise.withResolvers is the only newer API it uses.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const { readFileSync } = await import('node:fs');
const { createInterface } = await import('node:readline');
const { StateMachine, ExecutionError, ExecutionTimeoutError } = await import('aws-local-stepfunctions');

const [definitionFile] = process.argv.slice(2);
if (!definitionFile) {
  process.stderr.write('usage: node workflow-runner.mjs <definition.asl.json>\n');
  process.exit(1);
}

const definition = JSON.parse(readFileSync(definitionFile, 'utf8'));
const stateMachine = new StateMachine(definition);

// Top-level states only: the definition has no Map or Parallel state.
const taskStates = Object.entries(definition.States).filter(([, state]) => state.Type === 'Task');
const retryIntervalOverrides = Object.fromEntries(
  Object.entries(definition.States).filter(([, state]) => state.Retry).map(([name]) => [name, 0]));

class TaskError extends Error {
  constructor(name, cause, terminal) {
    super(cause);
    this.name = name;
    // read by the interpreter: a terminal error (States.DataLimitExceeded) is neither retried nor caught
    this.isRetryable = !terminal;
    this.isCatchable = !terminal;
  }
}

function overridesFor(endpoint, execution) {
  const taskResourceLocalHandlers = Object.fromEntries(taskStates.map(([name, state]) => [name, async (input) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: name, resource: state.Resource, input, execution }),
    });
    if (!response.ok) {
      // a defect of the test, not a task failure: neither retried nor caught
      throw new TaskError('EmulationDefect', `the task endpoint answered ${response.status}: ${await response.text()}`,
        true);
    }
    const answer = await response.json();
    if ('error' in answer) {
      throw new TaskError(answer.error, answer.cause, answer.terminal === true);
    }
    return answer.result;
  }]));
  return { taskResourceLocalHandlers, retryIntervalOverrides };
}

async function run(request) {
  const execution = stateMachine.run(request.input, {
    overrides: overridesFor(request.endpoint, { Id: request.context.Execution.Id, StateMachineId: request.context.StateMachine.Id }),
    context: request.context,
  });
  const events = [];
  const logged = (async () => {
    for await (const event of execution.eventLogs) {
      if (event.state) {
        events.push({ type: event.type, state: event.state.name, error: event.Error });
      }
    }
  })();
  let answer;
  try {
    answer = { status: 'SUCCEEDED', output: await execution.result };
  } catch (error) {
    if (error instanceof ExecutionTimeoutError) {
      answer = { status: 'TIMED_OUT', error: 'States.Timeout', cause: error.message };
    } else if (error instanceof ExecutionError) {
      answer = { status: 'FAILED', error: error.cause?.name, cause: error.cause?.message };
    } else {
      throw error;
    }
  }
  await logged;
  return { ...answer, events };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') {
    continue;
  }
  let answer;
  try {
    answer = await run(JSON.parse(line));
  } catch (error) {
    answer = { status: 'RUNNER_ERROR', error: error.name, cause: String(error.stack ?? error) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
// stdin closed: the driver is done (idle keep-alive connections must not hold the process)
process.exit(0);

package dev.adhoc.waittimes.cdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a synthesized template the way a reviewer does: intrinsic functions rendered as short readable strings
 * (logical ids without CDK's hash suffix), IAM statements flattened to one line each, and the state machine's
 * definition resolved to plain JSON with plausible values in place of references.
 */
final class TemplateReader {
    static final String REGION = "us-east-1";
    static final String ACCOUNT = "123456789012";

    private final Map<String, Object> template;

    TemplateReader(Map<String, Object> template) {
        this.template = template;
    }

    /** @return every resource of that type, by logical id */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> found = new TreeMap<>();
        ((Map<String, Object>) template.get("Resources")).forEach((id, resource) -> {
            Map<String, Object> body = (Map<String, Object>) resource;
            if (type.equals(body.get("Type"))) {
                found.put(id, body);
            }
        });
        return found;
    }

    /** @return how many resources of each type the template holds */
    @SuppressWarnings("unchecked")
    Map<String, Object> resourceTypes() {
        Map<String, Object> counts = new TreeMap<>();
        ((Map<String, Object>) template.get("Resources")).values().forEach(resource -> counts.merge(
                (String) ((Map<String, Object>) resource).get("Type"), 1, (a, b) -> (Integer) a + (Integer) b));
        return counts;
    }

    /** @return the one resource of that type */
    Map<String, Object> only(String type) {
        Map<String, Map<String, Object>> all = resources(type);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + type + ", found " + all.keySet());
        }
        return all.values().iterator().next();
    }

    /** @return the properties of the one resource of that type */
    @SuppressWarnings("unchecked")
    Map<String, Object> properties(String type) {
        return (Map<String, Object>) only(type).get("Properties");
    }

    /**
     * Every statement of every identity policy, resource policy and trust policy in the template, one line each:
     * {@code <policy>: <Effect> <principal?> [actions] on [resources] <condition?>}, sorted.
     */
    @SuppressWarnings("unchecked")
    List<String> iamStatements() {
        List<String> lines = new ArrayList<>();
        resources("AWS::IAM::Policy").forEach((id, policy) -> statements(
                ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument"))
                .forEach(s -> lines.add(withoutHash(id) + ": " + render(s))));
        resources("AWS::SNS::TopicPolicy").forEach((id, policy) -> statements(
                ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument"))
                .forEach(s -> lines.add(withoutHash(id) + ": " + render(s))));
        resources("AWS::SQS::QueuePolicy").forEach((id, policy) -> statements(
                ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument"))
                .forEach(s -> lines.add(withoutHash(id) + ": " + render(s))));
        resources("AWS::IAM::Role").forEach((id, role) -> {
            Map<String, Object> props = (Map<String, Object>) role.get("Properties");
            statements(props.get("AssumeRolePolicyDocument"))
                    .forEach(s -> lines.add(withoutHash(id) + " (trust): " + render(s)));
            if (props.containsKey("Policies") || props.containsKey("ManagedPolicyArns")) {
                lines.add(withoutHash(id) + ": inline or managed policies " + props.get("Policies")
                        + props.get("ManagedPolicyArns"));
            }
        });
        lines.sort(null);
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Object document) {
        return (List<Map<String, Object>>) ((Map<String, Object>) document).get("Statement");
    }

    private static String render(Map<String, Object> statement) {
        StringBuilder line = new StringBuilder().append(statement.get("Effect"));
        if (statement.containsKey("Principal")) {
            line.append(' ').append(readable(statement.get("Principal")));
        }
        line.append(' ').append(asList(statement.get("Action")));
        if (statement.containsKey("Resource")) {
            line.append(" on ").append(asList(statement.get("Resource")).stream()
                    .map(TemplateReader::readable).toList());
        }
        if (statement.containsKey("Condition")) {
            line.append(" if ").append(readable(statement.get("Condition")));
        }
        return line.toString();
    }

    private static List<Object> asList(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }

    /** Intrinsics as short strings: {@code Ref(X)}, {@code X.Arn}, joins inlined with {@code ${AWS::Region}}. */
    @SuppressWarnings("unchecked")
    static String readable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.size() == 1 && m.containsKey("Ref")) {
                String ref = (String) m.get("Ref");
                return ref.startsWith("AWS::") ? "${" + ref + "}" : "Ref(" + withoutHash(ref) + ")";
            }
            if (m.size() == 1 && m.containsKey("Fn::GetAtt")) {
                List<Object> att = (List<Object>) m.get("Fn::GetAtt");
                return withoutHash((String) att.get(0)) + "." + att.get(1);
            }
            if (m.size() == 1 && m.containsKey("Fn::Join")) {
                List<Object> join = (List<Object>) m.get("Fn::Join");
                return ((List<Object>) join.get(1)).stream().map(TemplateReader::readable)
                        .collect(Collectors.joining((String) join.get(0)));
            }
            return new TreeMap<>(m).entrySet().stream()
                    .map(e -> e.getKey() + "=" + readable(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TemplateReader::readable).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    /** CDK appends an 8-hex-digit hash to logical ids; without it the ids read as construct paths. */
    static String withoutHash(String logicalId) {
        return logicalId.replaceFirst("[0-9A-F]{8}$", "");
    }

    /**
     * The state machine's definition with every reference replaced by a plausible concrete value (what
     * CloudFormation would substitute): Lambda ARNs for functions, versions and aliases, queue URLs for queues,
     * {@code aws}/{@value #REGION}/{@value #ACCOUNT} for the pseudo parameters.
     */
    @SuppressWarnings("unchecked")
    String resolvedDefinition() {
        Object definition = properties("AWS::StepFunctions::StateMachine").get("DefinitionString");
        if (definition instanceof String text) {
            return text;
        }
        List<Object> join = (List<Object>) ((Map<String, Object>) definition).get("Fn::Join");
        return ((List<Object>) join.get(1)).stream().map(this::concrete)
                .collect(Collectors.joining((String) join.get(0)));
    }

    @SuppressWarnings("unchecked")
    private String concrete(Object part) {
        if (part instanceof String text) {
            return text;
        }
        Map<String, Object> intrinsic = (Map<String, Object>) part;
        if (intrinsic.containsKey("Ref")) {
            String ref = (String) intrinsic.get("Ref");
            return switch (ref) {
                case "AWS::Partition" -> "aws";
                case "AWS::Region" -> REGION;
                case "AWS::AccountId" -> ACCOUNT;
                case "AWS::URLSuffix" -> "amazonaws.com";
                default -> referenceValue(ref);
            };
        }
        throw new AssertionError("no concrete value for " + part);
    }

    @SuppressWarnings("unchecked")
    private String referenceValue(String logicalId) {
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        String type = (String) ((Map<String, Object>) resources.get(logicalId)).get("Type");
        String name = withoutHash(logicalId);
        return switch (type) {
            case "AWS::Lambda::Function" -> "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name;
            case "AWS::Lambda::Version" -> "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name + ":1";
            case "AWS::Lambda::Alias" -> "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:" + name + ":live";
            case "AWS::SQS::Queue" -> "https://sqs." + REGION + ".amazonaws.com/" + ACCOUNT + "/" + name;
            case "AWS::DynamoDB::Table" -> name;
            default -> throw new AssertionError("no concrete value for a Ref to " + type);
        };
    }
}

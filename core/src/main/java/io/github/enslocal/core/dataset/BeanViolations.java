// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.core.dataset;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Jakarta Bean Validation (Hibernate Validator, without an expression language) and turns
 * each constraint violation into a violation at its JSON path.
 *
 * <p>The code of a violation is the constraint's message key, such as
 * {@code jakarta.validation.constraints.Size.message}, and its arguments are the constraint's
 * attributes ({@code min}, {@code max}, {@code value}…), so that {@link Violation#message(Locale)}
 * can render it in any supported language later. {@code @DecimalMin} and {@code @DecimalMax} with
 * {@code inclusive = false} use the key with {@code .exclusive} before {@code .message}, since
 * their message differs and there is no expression language to choose the wording.
 */
final class BeanViolations {

    private static final Set<String> NOT_ARGUMENTS = Set.of("groups", "payload", "message", "flags");

    /**
     * The logger through which Hibernate Validator announces its version ({@code HV000001}) at
     * information level, once per class loader, when the first factory is built. With no other
     * logging framework, jboss-logging sends it to java.util.logging, whose default handler writes
     * to standard error: noise in a host that merely reads a dataset.
     */
    private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    private static final ValidatorFactory FACTORY = buildFactory();

    private final Validator validator = FACTORY.getValidator();

    /**
     * Builds the validator factory as an embedded library should: the host's own
     * {@code META-INF/validation.xml} is not read ({@code ignoreXmlConfiguration}), since it
     * configures the host's validation and may name mappings this library cannot load; and the
     * version banner is not logged unless the host has set a level for its logger. The level is
     * raised only while the factory is built and set back afterwards, so nothing else in the host's
     * java.util.logging configuration changes.
     */
    private static ValidatorFactory buildFactory() {
        Logger banner = Logger.getLogger(VERSION_LOGGER);
        boolean quieted = banner.getLevel() == null;
        if (quieted) {
            banner.setLevel(Level.WARNING);
        }
        try {
            return Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        } finally {
            if (quieted) {
                banner.setLevel(null);
            }
        }
    }

    /** Returns the violations of one object, at paths below {@code base}. */
    List<Violation> validate(String base, Object value) {
        return validate(() -> base, value);
    }

    /** Validates a value whose path is built only if it breaks a constraint, as few values do. */
    List<Violation> validate(Supplier<String> base, Object value) {
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        if (found.isEmpty()) {
            return List.of();
        }
        String path = base.get();
        return found.stream().map(violation -> translate(path, violation)).toList();
    }

    /**
     * Returns the violations of the constraints declared on one property of a bean, such as the
     * type-argument constraints of a record component ({@code Optional<@Size(max = 300) String>}),
     * which validating the property's value alone cannot see; {@code @Valid} is not followed.
     */
    List<Violation> validateProperty(String base, Object bean, String property) {
        return validator.validateProperty(bean, property).stream()
                .map(violation -> translate(base, violation)).toList();
    }

    private static Violation translate(String base, ConstraintViolation<?> violation) {
        Map<String, String> arguments = new TreeMap<>();
        violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            if (!NOT_ARGUMENTS.contains(name) && !value.getClass().isArray()) {
                arguments.put(name, String.valueOf(value));
            }
        });
        return Violation.of(pathOf(base, violation.getPropertyPath()), code(violation, arguments), arguments)
                .rejecting(violation.getInvalidValue());
    }

    private static String code(ConstraintViolation<?> violation, Map<String, String> arguments) {
        String template = violation.getMessageTemplate();
        boolean isKey = template.startsWith("{") && template.endsWith("}") && template.indexOf('{', 1) < 0;
        String code = isKey ? template.substring(1, template.length() - 1) : template;
        if ("false".equals(arguments.get("inclusive")) && code.endsWith(".message")) {
            code = code.substring(0, code.length() - ".message".length()) + ".exclusive.message";
        }
        return code;
    }

    /**
     * Turns a Bean Validation path into a JSON path. A node that is in an iterable or map carries
     * the index or key of its container, which comes before the node's own name; container element
     * nodes ({@code <list element>}, {@code <optional element>}…) and the bean node have no JSON
     * name, and an {@code Optional} is transparent in JSON.
     */
    static String pathOf(String base, Path path) {
        String json = base;
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    json = JsonPaths.index(json, node.getIndex());
                } else if (node.getKey() != null) {
                    json = JsonPaths.property(json, String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                json = JsonPaths.property(json, node.getName());
            }
        }
        return json;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.html;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Lets templates read record components ({@code report.title}) although they may call no method:
 * the accessor is invoked from this module, so report models need not be opened to Pebble. An
 * {@code Optional} component reads as its value or null.
 */
final class RecordAttributeResolver implements AttributeResolver {

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || !instance.getClass().isRecord() || argumentValues != null) {
            return null;
        }
        for (RecordComponent component : instance.getClass().getRecordComponents()) {
            if (component.getName().equals(String.valueOf(attributeName))) {
                Object value = read(component, instance);
                return new ResolvedAttribute(value instanceof Optional<?> optional ? optional.orElse(null) : value);
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Object instance) {
        try {
            return component.getAccessor().invoke(instance);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Template cannot read '" + component.getName() + "' of "
                    + instance.getClass().getName() + ": the record must be public in an exported package", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Reading '" + component.getName() + "' of "
                    + instance.getClass().getName() + " failed", e.getCause());
        }
    }
}

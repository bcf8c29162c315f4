// SPDX-License-Identifier: Apache-2.0
package io.github.enslocal.reporting.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Writes the core value types as their text form, the same mapping the dataset codec uses: a type
 * of {@code io.github.enslocal.core} with a public static {@code parse(String)} returning the type
 * round-trips through {@code toString()}, so new value types need no registration here.
 */
final class ValueTypeSerializers {

    private static final String CORE_PACKAGE = "io.github.enslocal.core.";

    private ValueTypeSerializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("enslocal-value-types");
        module.setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return isValueType(description.getBeanClass()) ? ToStringSerializer.instance : serializer;
            }
        });
        return module;
    }

    static boolean isValueType(Class<?> type) {
        if (!type.getName().startsWith(CORE_PACKAGE) || type.isEnum()) {
            return false;
        }
        try {
            Method parse = type.getMethod("parse", String.class);
            return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}

package org.jpok.api.hypercall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * DS component property type for a {@link HypercallHandler}: sets {@code hypercall.id} and
 * {@code hypercall.name}. Example: {@code @Component(service = HypercallHandler.class)
 * @Hypercall(id = HypercallIds.CONSWRITE, name = "conswrite")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Hypercall {

    /** Maps the elements to {@code hypercall.id} and {@code hypercall.name}. */
    String PREFIX_ = "hypercall.";

    /** The hypercall ids served. */
    int[] id();

    /** A short name shown by the shell. */
    String name();
}

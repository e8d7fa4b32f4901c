/**
 * Dutch (and a few international) identifiers that serve as strong keys in the graph.
 *
 * <p>Every identifier type offers the same small contract:
 * <ul>
 *   <li>{@code static X parse(String raw)} accepts the common written forms, validates and
 *       normalises, and throws {@link nl.spoor.model.identifiers.InvalidIdentifierException}
 *       (also for {@code null}) with a message that names the type, the input and the problem;</li>
 *   <li>{@code static Optional<X> tryParse(String raw)} and {@code static boolean isValid(String raw)};</li>
 *   <li>{@code value()}, the canonical form used as a graph key, and {@code formatted()}, the display form.</li>
 * </ul>
 * {@link nl.spoor.model.identifiers.IdentifierType} dispatches by type for the graph layer and the API.
 */
package nl.spoor.model.identifiers;

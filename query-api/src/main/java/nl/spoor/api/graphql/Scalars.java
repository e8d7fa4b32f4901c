package nl.spoor.api.graphql;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code Long} scalar: counts and sizes beyond GraphQL's 32-bit Int. */
@Configuration(proxyBeanMethods = false)
class Scalars {

    static final GraphQLScalarType LONG = GraphQLScalarType.newScalar().name("Long")
            .description("A 64-bit whole number.")
            .coercing(new Coercing<Long, Long>() {
                @Override
                public Long serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof Number n) {
                        return n.longValue();
                    }
                    throw new CoercingSerializeException("Not a whole number: " + value);
                }

                @Override
                public Long parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return input instanceof Number n ? n.longValue() : Long.parseLong(input.toString());
                    } catch (NumberFormatException e) {
                        throw new CoercingParseValueException("Not a 64-bit whole number: " + input);
                    }
                }

                @Override
                public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof IntValue i) {
                        return i.getValue().longValueExact();
                    }
                    if (input instanceof StringValue s) {
                        return parseValue(s.getValue(), context, locale);
                    }
                    throw new CoercingParseLiteralException("Not a 64-bit whole number: " + input);
                }
            }).build();

    @Bean
    RuntimeWiringConfigurer spoorScalars() {
        return wiring -> wiring.scalar(LONG);
    }
}

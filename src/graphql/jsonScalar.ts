import { GraphQLError, GraphQLScalarType, visit, type ValueNode } from 'graphql';
import { JSONResolver } from 'graphql-scalars';

/**
 * graphql-scalars' JSON, but refusing a bare word in a literal (`helix: ACADEMIA`): JSON has no
 * such value, and the stock scalar silently drops the field, which then reads as missing.
 */
export const JSONScalar = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  parseLiteral(ast: ValueNode, variables) {
    visit(ast, {
      EnumValue(node) {
        throw new GraphQLError(`a JSON value cannot be the bare word ${node.value}: write it in quotes, "${node.value}"`, { nodes: node });
      },
    });
    return JSONResolver.parseLiteral(ast, variables);
  },
});


/**
 * The peer of the benchmark (issue 7): @neo4j/graphql v7 type definitions over the SAME graph
 * our API serves, mapped onto the labels, properties and relationship types that
 * src/model/labels.ts, src/model/relations.ts and src/model/records.ts define. Nothing here
 * changes the graph: the peer only reads it, so every type has its mutations switched off.
 *
 * Enums are plain strings (the stored values are the same either way). Sources are the two
 * parallel lists they are stored as (sourceRefs, sourceTitles), not our Source objects.
 * Hierarchies (PART_OF) are lists: v7 has no single-node relationships; a theme or a region
 * has one parent at most, so `parent` holds zero or one node.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
extend schema @mutation(operations: [])

type Participation @relationshipProperties {
  role: String!
}

type Partnership @relationshipProperties {
  role: String!
}

type Agency @node(labels: ["Agency"]) {
  id: ID!
  name: String!
  acronym: String
  kind: String!
  level: String!
  sourceRefs: [String!]
  sourceTitles: [String!]
  programs: [Program!]! @relationship(type: "PARTICIPATES_IN", direction: OUT, properties: "Participation")
  mandates: [Mandate!]! @relationship(type: "HOLDS", direction: OUT)
  jurisdiction: [Region!]! @relationship(type: "JURISDICTION", direction: OUT)
  reportsTo: [Agency!]! @relationship(type: "REPORTS_TO", direction: OUT)
  subordinates: [Agency!]! @relationship(type: "REPORTS_TO", direction: IN)
}

type Program @node(labels: ["Program"]) {
  id: ID!
  name: String!
  description: String
  track: String!
  status: String!
  startYear: Int
  endYear: Int
  sourceRefs: [String!]
  sourceTitles: [String!]
  agencies: [Agency!]! @relationship(type: "PARTICIPATES_IN", direction: IN, properties: "Participation")
  partners: [Partner!]! @relationship(type: "PARTNERS_IN", direction: IN, properties: "Partnership")
  themes: [Theme!]! @relationship(type: "ADDRESSES", direction: OUT)
  regions: [Region!]! @relationship(type: "COVERS", direction: OUT)
  indicators: [Indicator!]! @relationship(type: "MEASURED_BY", direction: OUT)
  mandates: [Mandate!]! @relationship(type: "FULFILLS", direction: OUT)
}

type Theme @node(labels: ["Theme"]) {
  id: ID!
  name: String!
  description: String
  sourceRefs: [String!]
  sourceTitles: [String!]
  parent: [Theme!]! @relationship(type: "PART_OF", direction: OUT)
  children: [Theme!]! @relationship(type: "PART_OF", direction: IN)
  programs: [Program!]! @relationship(type: "ADDRESSES", direction: IN)
  mandates: [Mandate!]! @relationship(type: "CONCERNS", direction: IN)
}

type Region @node(labels: ["Region"]) {
  code: ID!
  name: String!
  level: String!
  isCity: Boolean
  outermostIslandCount: Int
  sourceRefs: [String!]
  sourceTitles: [String!]
  parent: [Region!]! @relationship(type: "PART_OF", direction: OUT)
  children: [Region!]! @relationship(type: "PART_OF", direction: IN)
  programs: [Program!]! @relationship(type: "COVERS", direction: IN)
  agencies: [Agency!]! @relationship(type: "JURISDICTION", direction: IN)
}

type Partner @node(labels: ["Partner"]) {
  id: ID!
  name: String!
  helix: String!
  sourceRefs: [String!]
  sourceTitles: [String!]
  programs: [Program!]! @relationship(type: "PARTNERS_IN", direction: OUT, properties: "Partnership")
}

type Indicator @node(labels: ["Indicator"]) {
  id: ID!
  name: String!
  unit: String!
  direction: String!
  sourceRefs: [String!]
  sourceTitles: [String!]
  programs: [Program!]! @relationship(type: "MEASURED_BY", direction: IN)
}

type Mandate @node(labels: ["Mandate"]) {
  id: ID!
  title: String!
  legalBasis: String
  sourceRefs: [String!]
  sourceTitles: [String!]
  holders: [Agency!]! @relationship(type: "HOLDS", direction: IN)
  themes: [Theme!]! @relationship(type: "CONCERNS", direction: OUT)
  programs: [Program!]! @relationship(type: "FULFILLS", direction: IN)
}
`;

// Who made claims about terrorism, and what did they say?
g.V("<https://w3id.org/crimegraph/id/crime/terrorism>")
  .In("<https://w3id.org/crimegraph/ns#about>").Tag("claim")
  .Save("<https://schema.org/text>", "text")
  .In("<https://w3id.org/crimegraph/ns#said>")
  .Save("<http://www.w3.org/2000/01/rdf-schema#label>", "speaker")
  .All()

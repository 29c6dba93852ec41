// Convergence links asserted as "involvement" (a group involved in a market), with their cue.
g.V()
  .Has("<https://w3id.org/crimegraph/ns#mechanism>", "involvement").Tag("link")
  .Save("<https://w3id.org/crimegraph/ns#cue>", "cue")
  .Out("<https://w3id.org/crimegraph/ns#between>")
  .Out("<http://www.w3.org/2000/01/rdf-schema#label>")
  .All()

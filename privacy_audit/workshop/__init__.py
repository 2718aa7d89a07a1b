"""Workshop mode's core: personas, the reach catalogue, the room tally, and the paper
(worksheet, handout, agenda)."""

"""One writer per output format; all read the RedactionPlan."""

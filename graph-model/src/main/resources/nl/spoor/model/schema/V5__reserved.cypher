// Reserved for the graph writer's V5 (another branch). Migrations must be numbered without gaps, so
// this placeholder keeps V6 (name keys, pages) applicable on its own; drop it when that V5 is merged.
RETURN 1;

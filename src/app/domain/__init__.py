"""Domain: observations, periods, units and analytics. Pure Python + pandas; no Qt."""

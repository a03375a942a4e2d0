"""FieldKit's benchmark: start-up, unlock and edit-commit figures as ratios against same-run baselines."""

"""The pages of the walk-through: welcome, accounts, one per platform, results."""

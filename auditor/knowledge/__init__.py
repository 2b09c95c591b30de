"""Product knowledge that is neither a profile nor an advisory feed of the product itself (data files
beside their small readers)."""

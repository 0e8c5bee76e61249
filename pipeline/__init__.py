"""paper-claims: staged transforms from paper listings to validated claim tables."""

"""Product profiles: product knowledge as data (auditor/profiles/<name>.yaml).

A profile names a product and its aliases, where the release states its
version, which paths are core code, configuration or data, what changes
locally and is ignored, how configuration is parsed and judged, where
outbound endpoints come from and what a migration needs. docs/profiles.md
documents every key; :meth:`Profile.from_dict` validates them strictly.
"""

from auditor.profile.model import Profile
from auditor.profile.parts import (CATEGORY_KEYS, DEFAULT_SEVERITY, PROFILE_FORMAT_VERSION, Detector, PathClass,
                                   Product, ProductClaim, version_matches)
from auditor.profile.registry import (all_builtin, builtin, builtin_names, canonical_product, detect, for_product,
                                      load_file)

__all__ = ["CATEGORY_KEYS", "DEFAULT_SEVERITY", "PROFILE_FORMAT_VERSION", "Detector", "PathClass", "Product",
           "ProductClaim", "Profile", "all_builtin", "builtin", "builtin_names", "canonical_product", "detect",
           "for_product", "load_file", "version_matches"]

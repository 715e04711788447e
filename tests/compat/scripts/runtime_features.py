"""mx.runtime: the feature list of MXNet 1.9.1's CPU pip build, its repr and lookups."""
import mxnet as mx
f = mx.runtime.Features(); print(f); print(repr(f)[:80], len(f))
print(mx.runtime.feature_list()[:2], list(f.keys())[:3])
print(f['MKLDNN'], f['MKLDNN'].name, f['MKLDNN'].enabled, f.is_enabled('mkldnn'))

"""Feature lookups in mx.runtime: names in any case, and the refusal of an unknown name (named as looked up, in capitals)."""
# recorded on AVX2
import mxnet as mx

features = mx.runtime.Features()
for name in ["mkldnn", "Cuda", "OPENCV", "nope", "cpu_avx512", "", 5]:
    try:
        print(repr(name), features.is_enabled(name))
    except Exception as e:
        print(repr(name), type(e).__name__, str(e))
for name in ["MKLDNN", "mkldnn"]:
    try:
        print(repr(name), repr(features[name]))
    except Exception as e:
        print(repr(name), type(e).__name__, str(e))

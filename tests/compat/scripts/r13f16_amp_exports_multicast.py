"""mx.contrib.amp exports what MXNet's does (convert_bucketing_module only under amp.amp), and amp_multicast refuses an input count unlike num_outputs with MXNet's input-count check."""
import mxnet as mx
from mxnet.contrib import amp

nd = mx.nd
print(sorted(name for name in dir(amp) if not name.startswith("_") and name not in ("amp", "lists", "loss_scaler")))
print(hasattr(amp, "convert_bucketing_module"), hasattr(amp.amp, "convert_bucketing_module"))
for n in (1, 3):
    try:
        nd.amp_multicast(nd.ones((2,)), nd.ones((2,), dtype="float16"), num_outputs=n)
    except mx.base.MXNetError as e:
        text = str(e)
        print(text[text.index("Operator amp_multicast"):].splitlines()[0])
for narrow in (False, True):
    outs = nd.amp_multicast(nd.ones((2,)), nd.ones((2,), dtype="float16"), nd.ones((2,), dtype="int32"),
                            num_outputs=3, cast_narrow=narrow)    # (types only: the CPU kernel fails on float16)
    print(narrow, [o.dtype.__name__ for o in outs])
for narrow in (False, True):
    for types in [("int32", "float16"), ("float64", "float16"), ("float64", "float16", "float32"), ("int8", "float16")]:
        outs = nd.amp_multicast(*[nd.ones((2,), dtype=t) for t in types], num_outputs=len(types), cast_narrow=narrow)
        print(narrow, types, [o.dtype.__name__ for o in outs])

"""mx.sym.contrib.quantized_conv / quantized_fully_connected name positional inputs as MXNet's generated functions do (data, weight, bias, min_data, ...): with no_bias the third is still bias, which the op then refuses; by keyword they compose."""
# recorded on AVX2
import re

import mxnet as mx

v = mx.sym.var


def show(name, make):
    try:
        s = make()
        print(name, s.list_arguments())
    except Exception as e:
        lines = [re.sub(r"^\[\d\d:\d\d:\d\d\] ", "", l).strip() for l in str(e).strip().splitlines()]
        print(name, type(e).__name__, " | ".join(lines))


ranges = dict(min_data=v("a"), max_data=v("b"), min_weight=v("c"), max_weight=v("d"))
for op, kw in [(mx.sym.contrib.quantized_conv, dict(kernel=(3, 3), num_filter=3)),
               (mx.sym.contrib.quantized_fully_connected, dict(num_hidden=3))]:
    name = op.__name__
    show(name + " six by position, no_bias", lambda: op(v("x"), v("w"), v("a"), v("b"), v("c"), v("d"), no_bias=True, **kw))
    show(name + " ranges by keyword, no_bias", lambda: op(v("x"), v("w"), no_bias=True, **ranges, **kw))
    show(name + " bias by keyword, no_bias", lambda: op(v("x"), v("w"), bias=v("bb"), no_bias=True, **kw))
    show(name + " nine by position", lambda: op(*[v(c) for c in "xwBabcdef"], **kw))
    show(name + " two by position", lambda: op(v("x"), v("w"), **kw))
    show(name + " ten by position", lambda: op(*[v(c) for c in "xwBabcdefg"], **kw))

"""quantized_fully_connected's symbolic type inference refuses data that is not int8/uint8 (an unknown dtype too), quantized_embedding refuses data of unknown dtype, and quantized_conv leaves unknown data unknown, as their type functions do."""
import re

import mxnet as mx

x = mx.sym.var("x")
layers = [mx.sym.contrib.quantized_fully_connected(x, num_hidden=4, name="fc"),
          mx.sym.contrib.quantized_fully_connected(x, num_hidden=4, no_bias=True, name="fc_nobias"),
          mx.sym.contrib.quantized_embedding(x, input_dim=10, output_dim=4, name="emb"),
          mx.sym.contrib.quantized_conv(x, kernel=(3, 3), num_filter=4, name="conv")]
for s in layers:
    for dtype in [None, "float32", "int32", "int8", "uint8", "float16"]:
        try:
            print(s.name, dtype, s.infer_type_partial(**({} if dtype is None else {"x": dtype})))
        except mx.base.MXNetError as e:
            print(s.name, dtype, repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))))

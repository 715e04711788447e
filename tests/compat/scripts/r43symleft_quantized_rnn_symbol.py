"""A quantized_rnn symbol lists six inputs (its ranges as min_data and max_data), refuses a mode other than LSTM and a missing parameter at creation, infers MXNet's LSTM shapes and uint8 data, and an imperative call reads its parameters before counting its inputs."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def show(f):
    try:
        print(f())
    except mx.base.MXNetError as e:
        print("MXNetError:", repr(re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))[:400]))


d = mx.sym.var("data")
for mode in ("lstm", "gru", "rnn_relu", "rnn_tanh"):
    show(lambda: mx.sym.contrib.quantized_rnn(d, state_size=4, num_layers=1, mode=mode).list_arguments())
show(lambda: mx.sym.contrib.quantized_rnn(d, state_size=4, num_layers=1, mode="lstm", state_outputs=True).list_outputs())
show(lambda: mx.sym.contrib.quantized_rnn(d, state_size=4, num_layers=1, mode="lstm", data_scale=mx.sym.var("s")))
show(lambda: mx.sym.contrib.quantized_rnn(d, state_size=4, num_layers=1, mode="lstm",
                                          min_data=mx.sym.var("s")).list_arguments())
for given in [dict(state_size=4, num_layers=1, p=0.1), dict(p=0.1, bidirectional=True, state_size=4),
              dict(bidirectional=True, num_layers=1, p=0.1), dict(num_layers=1, state_size=4, bidirectional=True),
              dict(mode="lstm"), dict(num_layers=1, state_size=4)]:
    show(lambda: mx.sym.contrib.quantized_rnn(d, **given))
    show(lambda: mx.nd.contrib.quantized_rnn(mx.nd.ones((2, 1, 3)), **given))
s = mx.sym.contrib.quantized_rnn(d, state_size=4, num_layers=1, mode="lstm")
show(lambda: s.infer_shape_partial(data=(5, 2, 3)))
show(lambda: s.infer_shape(data=(5, 2, 3)))
show(lambda: s.infer_shape_partial(data=(5, 2)))
show(lambda: s.infer_type_partial(data="uint8"))
show(lambda: s.infer_type(data="uint8"))
show(lambda: s.infer_type_partial(data="float32"))
show(lambda: s.infer_type_partial())
b = mx.sym.contrib.quantized_rnn(d, state_size=3, num_layers=2, mode="lstm", bidirectional=True, state_outputs=True)
show(lambda: b.infer_shape(data=(4, 3, 5)))
p = mx.sym.contrib.quantized_rnn(d, state_size=4, num_layers=1, mode="lstm", projection_size=2, state_outputs=True)
show(lambda: p.infer_shape(data=(4, 3, 5)))
for count in (1, 2, 4, 5):
    show(lambda: mx.nd.contrib.quantized_rnn(*[mx.nd.ones((2, 1, 3))] * count, mode="lstm", state_size=2,
                                             num_layers=1))

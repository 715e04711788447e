"""amp.convert_symbol: an operator outside the lists keeps float32 data float32 when only graph inputs stand beside it, as MXNet's pass does."""
import mxnet as mx
from mxnet.contrib import amp

d, w = mx.sym.var("data"), mx.sym.var("w")
c = mx.sym.Convolution(d, kernel=(1, 1), num_filter=2, name="cv")
bn = mx.sym.BatchNorm(c, name="bn")
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.Activation(bn, act_type="softrelu", name="sr"),
                                                 num_hidden=3, name="fc"), name="so")
nets = {
    "var only": mx.sym.softmax(mx.sym.relu(d, name="r"), name="s"),
    "fp32 and vars": mx.sym.softmax(mx.sym.BatchNorm(c, name="bn2"), name="s"),
    "var first": mx.sym.softmax(mx.sym.broadcast_like(w, c, name="bl"), name="s"),
    "fp32 and unknown": mx.sym.softmax(mx.sym.broadcast_like(c, mx.sym.relu(d, name="r2"), name="bl2"), name="s"),
    "fp32 chain": mx.sym.softmax(mx.sym.Activation(c, act_type="relu", name="a"), name="s"),
}
for title, sym in nets.items():
    print(title, [o for o in amp.convert_symbol(sym, excluded_sym_names=["cv"]).get_internals().list_outputs()
                  if "amp" in o])
for kw in ({"excluded_sym_names": ["cv", "fc"]}, {"excluded_sym_names": ["cv", "fc"], "cast_optional_params": True},
           {"excluded_sym_names": ["cv"]}, {"excluded_sym_names": ["fc"]}, {}):
    print(kw, amp.convert_symbol(net, **kw).get_internals().list_outputs())

"""An out= array of the wrong shape: same-shape operators name an attribute mismatch, the others an inconsistent shape."""
import re

import mxnet as mx

nd = mx.nd
x = nd.ones((2, 3))


def o():
    return nd.zeros((3,))


cases = [("exp", lambda: nd.exp(x, out=o())), ("relu", lambda: nd.relu(x, out=o())), ("clip", lambda: nd.clip(x, 0, 1, out=o())),
         ("smooth_l1", lambda: nd.smooth_l1(x, out=o())), ("softmax", lambda: nd.softmax(x, out=o())),
         ("softmin", lambda: nd.softmin(x, out=o())), ("log_softmax", lambda: nd.log_softmax(x, out=o())),
         ("elemwise_mul", lambda: nd.elemwise_mul(x, x, out=o())), ("add_n", lambda: nd.add_n(x, x, out=o())),
         ("Cast", lambda: nd.Cast(x, dtype="float32", out=o())), ("identity", lambda: nd.identity(x, out=o())),
         ("zeros_like", lambda: nd.zeros_like(x, out=o())), ("Activation", lambda: nd.Activation(x, act_type="tanh", out=o())),
         ("Dropout", lambda: nd.Dropout(x, out=o())), ("LeakyReLU", lambda: nd.LeakyReLU(x, out=o())),
         ("sum", lambda: nd.sum(x, out=o())), ("max axis 1", lambda: nd.max(x, axis=1, out=o())), ("norm", lambda: nd.norm(x, out=o())),
         ("argmax", lambda: nd.argmax(x, axis=1, out=o())), ("argmax_channel", lambda: nd.argmax_channel(x, out=o())),
         ("broadcast_add", lambda: nd.broadcast_add(x, x, out=nd.zeros((3, 2)))), ("reshape", lambda: nd.reshape(x, shape=(6,), out=o()))]
for name, f in cases:
    try:
        print(name, f().shape)
    except mx.base.MXNetError as e:
        words = re.search(r"Check failed.*?got \[[\d,]*\]( in operator \w+)?|Shape inconsistent, Provided = \[[\d,]*\], "
                          r"inferred shape=\[[\d,]*\]", str(e))
        print(name, "MXNetError", words.group(0))

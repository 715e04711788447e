# Bad input to operators: the exception class a user sees.
import numpy as np
import mxnet as mx
from mxnet import nd


def err(label, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            r = r[0]
        r.wait_to_read()
        print(label, "OK", r.shape)
    except Exception as e:
        print(label, type(e).__name__)


x = nd.ones((2, 3))
err("FC no num_hidden", lambda: nd.FullyConnected(x, nd.ones((4, 3)), nd.zeros((4,))))
err("FC unknown attr", lambda: nd.FullyConnected(x, nd.ones((4, 3)), nd.zeros((4,)), num_hidden=4, foo=1))
err("FC no weight", lambda: nd.FullyConnected(x, num_hidden=4))
err("Conv no kernel", lambda: nd.Convolution(nd.ones((1, 1, 4, 4)), nd.ones((1, 1, 3, 3)), nd.zeros((1,)), num_filter=1))
err("Conv kernel rank", lambda: nd.Convolution(nd.ones((1, 1, 4, 4)), nd.ones((1, 1, 3, 3)), nd.zeros((1,)), kernel=(3,), num_filter=1))
err("Conv data rank", lambda: nd.Convolution(nd.ones((4, 4)), nd.ones((1, 1, 3, 3)), nd.zeros((1,)), kernel=(3, 3), num_filter=1))
err("Activation no type", lambda: nd.Activation(x))
err("softmax bad temperature", lambda: nd.softmax(x, temperature="abc"))
err("sum bad axis type", lambda: nd.sum(x, axis="a"))
err("sum axis dup", lambda: nd.sum(x, axis=(0, 0)))
err("sum axis -3", lambda: nd.sum(x, axis=-3))
err("mean bad keepdims", lambda: nd.mean(x, keepdims="maybe"))
err("argmax axis tuple", lambda: nd.argmax(x, axis=(0, 1)))
err("norm ord 3", lambda: nd.norm(x, ord=3))
err("clip no bounds", lambda: nd.clip(x))
err("clip one bound", lambda: nd.clip(x, a_min=0))
err("where shapes", lambda: nd.where(nd.ones((2,)), nd.ones((3,)), nd.ones((3,))))
err("one_hot no depth", lambda: nd.one_hot(nd.array([1, 2])))
err("take bad mode", lambda: nd.take(x, nd.array([0]), mode="bad"))
err("pick bad axis", lambda: nd.pick(x, nd.array([0, 1]), axis=3))
err("Pooling bad conv", lambda: nd.Pooling(nd.ones((1, 1, 4, 4)), kernel=(2, 2), pooling_convention="bad"))
err("BatchNorm missing", lambda: nd.BatchNorm(nd.ones((2, 3)), nd.ones((3,))))
err("LayerNorm no beta", lambda: nd.LayerNorm(x, nd.ones((3,))))
err("Embedding no dims", lambda: nd.Embedding(nd.array([0, 1]), nd.ones((3, 2))))
err("RNN no mode", lambda: nd.RNN(nd.ones((2, 1, 3)), nd.ones((10,)), nd.zeros((1, 1, 2)), state_size=2, num_layers=1))
err("SequenceMask no len", lambda: nd.SequenceMask(nd.ones((2, 2)), use_sequence_length=True))
err("exp no arg", lambda: nd.exp())
err("relu kw", lambda: nd.relu(data=x))
err("dot shapes", lambda: nd.dot(nd.ones((2, 3)), nd.ones((2, 3))))
err("softmax length no flag", lambda: nd.softmax(x, nd.array([1, 2], dtype="int32")))

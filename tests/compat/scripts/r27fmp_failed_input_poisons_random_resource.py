"""An op MXNet skips because its input failed (a float16 dense layer's error on the CPU) still holds the random
resource when it is Dropout or a sampler: the resource takes the error, so the next op drawing from it (Dropout,
uniform, a sampler) fails with it, once; the skipped op draws nothing (the stream is where it was)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

x = nd.ones((3, 4), dtype="float16")
w = nd.ones((2, 4), dtype="float16")


def bad():
    return nd.FullyConnected(x, w, no_bias=True, num_hidden=2)


def run(label, f):
    mx.random.seed(3)
    out = []
    try:
        r = f()
        out.append("ok %s" % (np.round(r.ravel()[:3], 4) if r is not None else ""))
    except Exception as e:
        out.append(words(e))
    for _ in range(2):
        try:
            nd.waitall()
            out.append("waitall ok")
            break
        except Exception as e:
            out.append("waitall " + words(e))
    try:
        out.append("after %s" % np.round(nd.random.uniform(shape=(3,)).asnumpy(), 4))
    except Exception as e:
        out.append("after " + words(e))
    print(label, out)


good = nd.ones((4,))
run("fc, fc read", lambda: (bad(), bad().asnumpy())[1])
run("Dropout(fc), Dropout read", lambda: (nd.Dropout(bad(), p=0.5), nd.Dropout(x, p=0.5).asnumpy())[1])
run("Dropout(fc), Dropout always", lambda: (nd.Dropout(bad(), p=0.5), nd.Dropout(good, p=0.5, mode="always").asnumpy())[1])
run("Dropout(fc) always, uniform", lambda: (nd.Dropout(bad(), p=0.5, mode="always"),
                                            nd.random.uniform(shape=(2,)).asnumpy())[1])
run("Dropout(fc), shuffle", lambda: (nd.Dropout(bad(), p=0.5), nd.random.shuffle(nd.arange(5)).asnumpy())[1])
run("Dropout(fc), multinomial", lambda: (nd.Dropout(bad(), p=0.5),
                                         nd.random.multinomial(nd.array([0.5, 0.5]), shape=3).asnumpy())[1])
run("sample_normal(fc), uniform", lambda: (nd.sample_normal(bad().astype("float32"), nd.ones((3, 2))),
                                           nd.random.uniform(shape=(2,)).asnumpy())[1])
run("Dropout(fc) read", lambda: nd.Dropout(bad(), p=0.5).asnumpy())
run("fc, Dropout read", lambda: (bad(), nd.Dropout(x, p=0.5).asnumpy())[1])
run("uniform", lambda: nd.random.uniform(shape=(2,)).asnumpy())

# a head gradient of another dtype or shape given to a head whose backward copies it (x + 1, 1 - x, x.T,
# identity): of a variable, the copy refuses it; of an op's output, that op's backward meets it as its own
# recorded on AVX2
import re
import mxnet as mx
from mxnet import autograd, nd, np, npx
from _words import words

LEGACY = ["x + 1.0", "nd.square(x) + 1.0", "nd.sin(x) - 1.0", "1.0 - nd.sin(x)", "nd.sin(x).T",
          "nd.transpose(nd.sin(x))", "nd.identity(nd.sin(x))", "nd.negative(nd.sin(x))", "nd.sin(x).copy()", "x.T",
          "nd.exp(x) + 2", "nd.relu(x * 1) - 3"]
NUMPY = ["x + 1.0", "np.square(x) + 1.0", "np.sin(x) - 1.0", "1.0 - np.sin(x)", "np.sin(x).T",
         "x.T", "np.transpose(x)", "x.copy()", "1.0 + x", "np.negative(x)", "np.exp(x) + 2"]
CASES = [('int32', None), ('float64', None), ('float32', (7,))]


def run(kind, exprs, mod):
    for e in exprs:
        for dt in ['float16', 'float32']:
            for hdt, shape in CASES:
                x = mod.array([1., 2.], dtype=dt)
                x.attach_grad()
                with autograd.record():
                    out = eval(e)
                try:
                    out.backward(mod.ones(out.shape if shape is None else shape, dtype=hdt))
                    got = x.grad.asnumpy().tolist()
                except Exception as ex:
                    got = re.sub(r'node_\d+', 'node_N', words(ex))
                print(kind, e, dt, hdt, shape, got)


run('nd', LEGACY, nd)
npx.set_np()
run('np', NUMPY, np)

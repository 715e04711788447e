"""nd.array of a numpy array whose rows are not in order (a transpose, Fortran order, a strided view) stores
its rows in order, as MXNet does: x[i] is then a view, and in-place arithmetic on it writes into x."""
import numpy as np
import mxnet as mx

# recorded on AVX2
SOURCES = {"arange(6).reshape(3,2).T": lambda: np.arange(6.).reshape(3, 2).T,
           "asfortranarray(2x3)": lambda: np.asfortranarray(np.arange(6.).reshape(2, 3)),
           "arange(12).reshape(3,4)[:, ::2].T": lambda: np.arange(12.).reshape(3, 4)[:, ::2].T,
           "int8 transpose": lambda: np.arange(8, dtype=np.int8).reshape(4, 2).T,
           "3-d transpose": lambda: np.arange(12.).reshape(2, 3, 2).transpose(2, 1, 0)}
EDITS = {"v = x[0]; v += 10": lambda x: x[0].__iadd__(10), "v = x[-1, 0:]; v *= 3": lambda x: x[-1, 0:].__imul__(3),
         "x[1] += 5": lambda x: x.__setitem__(1, x[1] + 5), "mx.nd.relu(x[0], out=x[0])": lambda x: mx.nd.relu(
             x[0] - 100, out=x[0])}
for name, source in SOURCES.items():
    for edit, run in EDITS.items():
        x = mx.nd.array(source())
        run(x)
        print(name, "|", edit, "->", x.asnumpy().tolist(), x.reshape(-1).asnumpy().tolist())
a = mx.nd.array(mx.nd.array(np.arange(8).reshape((4, 2)), dtype="int8").asnumpy().T)
e = a.as_in_context(mx.cpu(0))
a = a[-2, 0:]
a += 2
print("as_in_context is the array itself:", e is a, e.asnumpy().tolist())

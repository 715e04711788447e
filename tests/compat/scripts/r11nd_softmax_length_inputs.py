"""softmax takes a length input exactly when use_length is set; lengths mask the rest of each lane to 0."""
import mxnet as mx
import numpy as np

nd = mx.nd
x = nd.array(np.arange(6.).reshape(2, 3))
cases = [("length without use_length", lambda: nd.softmax(x, nd.array([1, 2], dtype="int32"), axis=-1)),
         ("use_length without length", lambda: nd.softmax(x, axis=-1, use_length=True)),
         ("use_length without length, empty", lambda: nd.softmax(nd.ones((2, 0)), use_length=True)),
         ("lengths", lambda: nd.softmax(x, nd.array([1, 2], dtype="int32"), axis=-1, use_length=True)),
         ("zero length", lambda: nd.softmax(x, nd.array([0, 3], dtype="int64"), axis=-1, use_length=True)),
         ("axis 0", lambda: nd.softmax(x, nd.array([1, 2, 1], dtype="int32"), axis=0, use_length=True)),
         ("float lengths", lambda: nd.softmax(x, nd.array([1, 2]), axis=-1, use_length=True)),
         ("wrong length shape", lambda: nd.softmax(x, nd.array([1, 2, 3], dtype="int32"), axis=-1, use_length=True))]
for name, f in cases:
    try:
        print(name, f().asnumpy().tolist())
    except mx.base.MXNetError as e:
        text = str(e)
        for words in ("expects", "Shape inconsistent", "only support"):
            if words in text:
                line = [l for l in text.splitlines() if words in l][0]
                line = line[line.index("Operator" if words == "expects" else words):].rstrip(".")
                print(name, "MXNetError", line.split(": length")[0])
                break
        else:
            print(name, "MXNetError")

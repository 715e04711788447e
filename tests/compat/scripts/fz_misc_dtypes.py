"""Integer moments (C integer arithmetic), Sequence* ops given lengths without use_sequence_length,
im2col/col2im on integers, and amp_multicast's oneDNN types."""
import mxnet as mx
import numpy as np

nd = mx.nd
base = np.random.RandomState(0).uniform(-3, 3, (3, 4, 2))
for dt in ["int32", "int64", "uint8", "int8"]:
    for ax in [(0,), (1, 2), (0, 1, 2)]:
        m, v = nd.moments(nd.array(base, dtype=dt), axes=ax)
        print("moments", dt, ax, m.asnumpy().ravel().tolist(), v.asnumpy().ravel().tolist())
for name, f in [("SequenceMask", lambda: nd.SequenceMask(nd.ones((3, 2)), nd.array([1, 2]))),
                ("SequenceLast", lambda: nd.SequenceLast(nd.ones((3, 2)), nd.array([1, 2]))),
                ("SequenceReverse", lambda: nd.SequenceReverse(nd.ones((3, 2)), nd.array([1, 2]))),
                ("im2col int32", lambda: nd.im2col(nd.ones((1, 1, 3, 3), dtype="int32"), kernel=(2, 2))),
                ("col2im uint8", lambda: nd.col2im(nd.ones((1, 4, 4), dtype="uint8"), output_size=(3, 3), kernel=(2, 2)))]:
    try:
        print(name, f().asnumpy().ravel().tolist())
    except mx.base.MXNetError:
        print(name, "MXNetError")
for dt in ["int32", "int64", "uint8", "float16"]:
    try:
        out = nd.amp_multicast(nd.ones(2, dtype=dt), nd.ones(2), num_outputs=2)
        print("amp_multicast", dt, [o.dtype.__name__ for o in out], [o.asnumpy().tolist() for o in out])
    except mx.base.MXNetError:
        print("amp_multicast", dt, "MXNetError")

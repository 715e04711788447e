"""Empty mx.np arrays whose kernel refuses the dtype: asnumpy gives the empty data, wait_to_read raises."""
import mxnet as mx
np = mx.np
mx.npx.set_np()

for label, make in [("invert float", lambda: np.invert(np.zeros((0, 3)))),
                    ("bitwise_not float64", lambda: np.bitwise_not(np.zeros((2, 0), dtype="float64"))),
                    ("invert with elements", lambda: np.invert(np.zeros((2,))))]:
    r = make()
    try:
        print(label, "asnumpy", r.asnumpy().shape)
    except Exception as e:      # the error class is part of the behaviour
        print(label, "asnumpy", type(e).__name__)
    try:
        r.wait_to_read()
        print(label, "wait_to_read ok")
    except Exception as e:
        print(label, "wait_to_read", type(e).__name__)

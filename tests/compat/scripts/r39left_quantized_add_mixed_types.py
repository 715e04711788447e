"""contrib.quantized_elemwise_add of an int8 and a uint8 array (either order): MXNet converts the uint8 one to int8 at its scale into the output (saturating: into int32 any value above 0 is 127), then adds the scaled int8 one (int32 over the summed ranges, int8 over a calibrated range)."""
import mxnet as mx
import numpy as np

np.random.seed(3)
Q = mx.nd.contrib.quantized_elemwise_add


def r(v):
    return mx.nd.array([v])


for trial in range(6):
    a = mx.nd.array(np.random.randint(-128, 128, (3, 8)), dtype='int8')
    b = mx.nd.array(np.random.randint(0, 256, (3, 8)), dtype='uint8')
    ra, rb, cal = (float(np.float32(v)) for v in np.random.uniform(0.2, 5, 3))
    lo = -ra if trial % 2 else -ra / 2
    for label, out in (('int32', Q(a, b, r(lo), r(ra), r(0.), r(rb))),
                       ('int32 swapped', Q(b, a, r(0.), r(rb), r(lo), r(ra))),
                       ('int8', Q(a, b, r(lo), r(ra), r(0.), r(rb), min_calib_range=-cal, max_calib_range=cal)),
                       ('int8 swapped', Q(b, a, r(0.), r(rb), r(lo), r(ra), min_calib_range=0., max_calib_range=cal))):
        data, mn, mx_ = out
        print(trial, label, data.dtype.__name__, mn.asnumpy(), mx_.asnumpy())
        print(data.asnumpy().tolist())

"""The Test optimizer's weight += rescaled gradient keeps, of two NaNs, the one MXNet's sum kernel keeps (the right operand's in float and double, the left one's in half), as MXNet does."""
import mxnet as mx, numpy as np
pn = np.float32(np.nan); nn = -np.float32(np.nan)
for n in (1, 4, 40):
    for dt in ('float32', 'float64', 'float16'):
        w = np.array(n * [pn, nn, pn, nn], dtype=dt); g = np.array(n * [nn, pn, pn, nn], dtype=dt)
        W = mx.nd.array(w, dtype=dt); G = mx.nd.array(g, dtype=dt)
        o = mx.optimizer.create('test', rescale_grad=0.5)
        st = o.create_state(0, W)
        o.update(0, W, G, st)
        print(n, dt, np.signbit(W.asnumpy()).astype(int).tolist()[:8], np.signbit(st.asnumpy()).astype(int).tolist()[:8])
        W2 = mx.nd.array(w, dtype=dt); W2 += G * 0.5
        W3 = mx.nd.array(w, dtype=dt); W3[:] += G * 0.5
        print(' iadd', np.signbit(W2.asnumpy()).astype(int).tolist()[:8], np.signbit(W3.asnumpy()).astype(int).tolist()[:8])

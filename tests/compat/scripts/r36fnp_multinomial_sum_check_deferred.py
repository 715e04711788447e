"""np.random.multinomial with pvals summing past 1 returns its counts' array; its kernel's check fails when that is read (at MXNet's line for a list or an array), not at the call."""
import mxnet as mx

np = mx.np
mx.npx.set_np()
for pvals in ([0.5, 0.6], [1.2, -0.2], [0.6, 0.6, 0.1], (0.7, 0.7), np.array([0.5, 0.6]), np.array([0.25, 0.8, 0.1])):
    for size in (None, 2, (2, 1)):
        mx.random.seed(4)
        stage = 'call'
        try:
            r = np.random.multinomial(5, pvals, size=size)
            stage = 'read ' + str(r.shape) + ' ' + str(r.dtype)
            print(r.asnumpy())
        except mx.base.MXNetError as e:
            lines = str(e).strip().splitlines()
            print(stage, lines[1].strip(), lines[-1])

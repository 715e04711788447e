# Speedometer log lines with a fake clock (auto_reset on/off, with and without a metric).
import mxnet as mx, logging, sys, time
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(message)s')
clock = [100.0]
def fake():
    clock[0] += 0.5
    return clock[0]
time.time = fake
P = mx.model.BatchEndParam
for auto_reset in [True, False]:
    m = mx.metric.create(['acc', 'ce'])
    s = mx.callback.Speedometer(batch_size=8, frequent=2, auto_reset=auto_reset)
    for nb in range(7):
        m.update([mx.nd.array([1, 0])], [mx.nd.array([[0.2, 0.8], [0.6, 0.4]])])
        s(P(epoch=1, nbatch=nb, eval_metric=m, locals=None))
    print(m.get())
s = mx.callback.Speedometer(batch_size=4, frequent=3)
for nb in range(7):
    s(P(epoch=0, nbatch=nb, eval_metric=None, locals=None))
for nb in range(4):
    s(P(epoch=1, nbatch=nb, eval_metric=None, locals=None))

# mx.callback: Speedometer, log_train_metric, ProgressBar, LogValidationMetricsCallback logging output.
import mxnet as mx, logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(message)s')
m = mx.metric.create(['acc', 'mse'])
m.update([mx.nd.array([1, 0])], [mx.nd.array([[0.2, 0.8], [0.6, 0.4]])])
P = mx.model.BatchEndParam
for nb in range(0, 7):
    mx.callback.log_train_metric(3)(P(epoch=2, nbatch=nb, eval_metric=m, locals=None))
m2 = mx.metric.Accuracy(); m2.update([mx.nd.array([1])], [mx.nd.array([[0.1, 0.9]])])
mx.callback.log_train_metric(2, auto_reset=True)(P(epoch=0, nbatch=4, eval_metric=m2, locals=None))
print(m2.get())
pb = mx.callback.ProgressBar(total=8, length=20)
for nb in [0, 3, 8]:
    pb(P(epoch=0, nbatch=nb, eval_metric=None, locals=None))
lv = mx.callback.LogValidationMetricsCallback()
lv(P(epoch=3, nbatch=0, eval_metric=m, locals=None))
lv(P(epoch=3, nbatch=0, eval_metric=None, locals=None))
s = mx.callback.Speedometer(batch_size=4, frequent=2)
print(s.batch_size, s.frequent, s.auto_reset, s.init, s.tic, s.last_count)
s(P(epoch=0, nbatch=0, eval_metric=m, locals=None))
print(s.init, s.last_count)
print(hasattr(mx.callback, 'module_checkpoint'), hasattr(mx.callback, 'save_checkpoint'))

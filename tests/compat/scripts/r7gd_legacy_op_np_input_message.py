"""The TypeError text when an mx.np array reaches a legacy operator (directly or through a Gluon loss/metric)."""
import mxnet as mx

x = mx.np.array([[0.5, -1.0], [2.0, 0.25]])
for name, call in [('nd.abs', lambda: mx.nd.abs(x)),
                   ('nd.broadcast_add', lambda: mx.nd.broadcast_add(mx.nd.ones((2, 2)), x)),
                   ('L1Loss', lambda: mx.gluon.loss.L1Loss()(x, x)),
                   ('KLDivLoss', lambda: mx.gluon.loss.KLDivLoss()(x, x)),
                   ('Accuracy', lambda: mx.metric.Accuracy().update([mx.np.array([0, 1])], [x]))]:
    try:
        call()
        print(name, 'ok')
    except TypeError as e:
        print(name, 'TypeError', str(e))

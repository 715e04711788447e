"""gluon.contrib layers, cells, samplers and estimator classes: argument errors name each class, as MXNet's own __init__ methods do."""
import warnings; warnings.simplefilter('ignore')
from mxnet.gluon.contrib import nn, rnn, data, cnn
from mxnet.gluon.contrib import estimator as est
classes = [getattr(nn, n) for n in nn.__all__] + [getattr(rnn, n) for n in ('Conv1DRNNCell', 'Conv2DLSTMCell', 'Conv3DGRUCell', 'LSTMPCell', 'VariationalDropoutCell')] + [data.IntervalSampler, cnn.DeformableConvolution, cnn.ModulatedDeformableConvolution] + [getattr(est, n) for n in ('Estimator', 'LoggingHandler', 'CheckpointHandler', 'EarlyStoppingHandler', 'ValidationHandler', 'GradientUpdateHandler', 'StoppingHandler', 'MetricHandler')]
for cls in classes:
    for f in (lambda: cls(bogus_kw=1), lambda: cls(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)):
        try: f(); print(cls.__name__, 'ok')
        except TypeError as e: print(cls.__name__, 'TypeError', e)
        except Exception as e: print(cls.__name__, type(e).__name__, str(e)[:100])

"""FeedForward with sym_gen: an executor group per bucket, inputs grown with a warning, never shrunk."""
import logging
import sys
import warnings

import numpy as np
import mxnet as mx

warnings.simplefilter('ignore', DeprecationWarning)
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(message)s', stream=sys.stdout)
logging.getLogger().handlers[0].addFilter(lambda r: 'Time cost' not in r.getMessage())


def sym_gen(key):
    data = mx.sym.Variable('data')
    s = mx.sym.sum(mx.sym.Embedding(data, input_dim=6, output_dim=3, name='emb'), axis=1)
    return mx.sym.SoftmaxOutput(mx.sym.FullyConnected(s, num_hidden=2, name='fc'), name='softmax')


class Buckets(mx.io.DataIter):
    def __init__(self, keys, provide=True):
        super().__init__(2)
        self.keys, self.provide, self.i = keys, provide, 0
        self.default_bucket_key = keys[0]
        self.provide_data = [mx.io.DataDesc('data', (2, keys[0]))]
        self.provide_label = [mx.io.DataDesc('softmax_label', (2,))]

    def reset(self):
        self.i = 0

    def next(self):
        if self.i >= len(self.keys):
            raise StopIteration
        k = self.keys[self.i]
        self.i += 1
        data = [mx.nd.array((np.arange(2 * k).reshape(2, k) + self.i) % 6)]
        label = [mx.nd.array([self.i % 2, 1])]
        if not self.provide:
            return mx.io.DataBatch(data, label, bucket_key=k)
        return mx.io.DataBatch(data, label, bucket_key=k, provide_data=[mx.io.DataDesc('data', (2, k))],
                               provide_label=[mx.io.DataDesc('softmax_label', (2,))])


def start():
    return {'emb_weight': mx.nd.array(np.arange(18).reshape(6, 3) / 20),
            'fc_weight': mx.nd.array([[0.1, -0.2, 0.3], [0.2, 0.1, -0.1]]), 'fc_bias': mx.nd.zeros(2)}


model = mx.model.FeedForward(sym_gen, num_epoch=2, arg_params=start(), learning_rate=0.5)
model.fit(Buckets([2, 3, 4, 4, 2]), eval_data=Buckets([2, 4]),
          batch_end_callback=lambda p: print('batch', p.epoch, p.nbatch, p.eval_metric.get()))
for name, value in sorted(model.arg_params.items()):
    print(name, value.asnumpy().round(5).tolist())
for keys, provide in (([4, 2], True), ([2, 3], False)):
    try:
        mx.model.FeedForward(sym_gen, num_epoch=1, arg_params=start()).fit(Buckets(keys, provide))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    mx.model.FeedForward(sym_gen, num_epoch=1).fit(Buckets([2]), monitor=mx.mon.Monitor(1))
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    mx.model.FeedForward(5)
except AssertionError as e:
    print('AssertionError', repr(str(e)))

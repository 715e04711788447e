# LBSGD's warm-up multiplier for each strategy, batch scale, begin epoch (a negative or fractional one too) and
# warm-up length: each strategy's own expression only (sqrt of a negative count is never taken for 'linear').
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from _words import words
for strat in ('linear', 'power2', 'sqrt', 'lars', 'other'):
    for bs in (1, 2, 3, 7):
        for be in (0, 1, -0.5, 2.5):
            for we in (1, 3):
                try:
                    o = mx.optimizer.LBSGD(learning_rate=0.1, momentum=0.9, warmup_strategy=strat, batch_scale=bs,
                                           updates_per_epoch=5, warmup_epochs=we, begin_epoch=be)
                    u = mx.optimizer.get_updater(o)
                    w = nd.array([0.5, -1.0, 2.0])
                    for t in range(6):
                        u(0, nd.array([0.3, 0.7, -0.2]) * (t + 1), w)
                    print(strat, bs, be, we, w.asnumpy().tolist())
                except Exception as e:
                    print(strat, bs, be, we, words(e).splitlines()[0])

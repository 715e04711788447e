# contrib.bipartite_matching stops at the first score not beyond the threshold, so a NaN threshold or score stops it
import mxnet as mx
nan = float('nan')
x = mx.nd.array([[0.5, 0.6], [0.1, 0.2], [0.3, 0.4]])
y = mx.nd.array([[0.5, nan], [0.1, 0.2], [0.3, 0.4]])
for data in [x, y]:
    for th in [0.05, 0.25, nan, -1.0]:
        for asc in [False, True]:
            try:
                r = mx.nd.contrib.bipartite_matching(data, threshold=th if not asc else 1 - th if th == th else th,
                                                     is_ascend=asc)
                print(th, asc, [a.asnumpy().tolist() for a in r])
            except mx.base.MXNetError as e: print(th, asc, 'MXNetError')

"""A list push whose first array has another storage than the copy buffers of the key's first list push is refused, in each store's words."""
import mxnet as mx, numpy as np, itertools
nd = mx.nd
def val(st, i, c=0):
    a = nd.array(np.arange(8).reshape(4, 2) * (i + 1) * 0.5, ctx=mx.cpu(c))
    return a.tostype('row_sparse') if st == 'r' else a
seqs = ['d', 'r', 'dd', 'dr', 'rd', 'rr', 'ddd', 'rrr']
for kvt in ['local', 'device']:
    for opt in [False, True]:
        for init in ['d', 'r']:
            for a, b in itertools.product(['dd', 'dr', 'rd', 'rr', 'd', 'r'], repeat=2):
                kv = mx.kv.create(kvt)
                kv.init(0, val(init, 3))
                if opt: kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.1))
                log = []
                for step, seq in enumerate([a, b]):
                    try:
                        kv.push(0, [val(s, step + j, j % 2) for j, s in enumerate(seq)] if len(seq) > 1 else val(seq, step))
                        log.append('ok')
                    except Exception as e:
                        log.append('ERR ' + str(e).split('MXNetError:')[-1].strip()[:110])
                o = nd.zeros((4, 2)).tostype('row_sparse' if init == 'r' else 'default')
                try:
                    if init == 'r': kv.row_sparse_pull(0, out=o, row_ids=nd.array([0, 1, 2, 3]))
                    else: kv.pull(0, out=o)
                    log.append(str(o.asnumpy().ravel().tolist()))
                except Exception as e:
                    log.append('PULLERR ' + str(e).split('MXNetError:')[-1].strip()[:110])
                try: nd.waitall()
                except Exception as e: log.append('WAITALL ' + str(e).split('MXNetError:')[-1].strip()[:60])
                print(kvt, opt, init, a, b, ' | '.join(log))

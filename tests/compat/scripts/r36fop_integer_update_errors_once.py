"""An integer weight's refused update fails once: later updates and kvstore pushes skipped after it carry the same error, and waitall finds none left."""
import mxnet as mx, numpy as np
nd = mx.nd
for opt in ['sgd', 'adam', 'nag', 'test']:
    for kvt in ['local', 'device']:
        for seq in [['ppn', 'push', 'push', 'pp'], ['push', 'pp'], ['push', 'push', 'pull'], ['pp', 'pp']]:
            kv = mx.kv.create(kvt)
            kv.init(3, nd.ones((3, 2), dtype='int32'))
            kv.set_optimizer(mx.optimizer.create(opt, learning_rate=0.1))
            log = []
            for op in seq:
                try:
                    if op == 'ppn': kv.pushpull(3, nd.ones((3, 2), dtype='int32'))
                    elif op == 'push': kv.push(3, nd.ones((3, 2), dtype='int32'))
                    elif op == 'pp':
                        o = nd.zeros((3, 2), dtype='int32'); kv.pushpull(3, nd.ones((3, 2), dtype='int32'), out=o); log.append(str(o.asnumpy().ravel().tolist())); continue
                    elif op == 'pull':
                        o = nd.zeros((3, 2), dtype='int32'); kv.pull(3, out=o); log.append(str(o.asnumpy().ravel().tolist())); continue
                    log.append('ok')
                except Exception as e:
                    log.append('ERR ' + str(e).split('MXNetError:')[-1].strip()[:60])
            try: nd.waitall(); log.append('waitall ok')
            except Exception as e: log.append('waitall ERR')
            print(opt, kvt, seq, ' | '.join(log))
for opt in ['sgd', 'adam', 'nag', 'lamb', 'rmsprop']:
    for how in ['update', 'updater']:
        o = mx.optimizer.create(opt, learning_rate=0.1)
        w = nd.ones((2,), dtype='int32')
        st = o.create_state(0, w)
        up = mx.optimizer.get_updater(o)
        log = []
        for step in range(3):
            try:
                o.update(0, w, nd.ones((2,), dtype='int32'), st) if how == 'update' else up(0, nd.ones((2,), dtype='int32'), w)
                log.append('ok')
            except Exception as e:
                log.append('ERR ' + str(e).split('MXNetError:')[-1].strip()[:60])
        for r in range(2):
            try: log.append(str(w.asnumpy().tolist()))
            except Exception as e: log.append('read ERR ' + str(e).split('MXNetError:')[-1].strip()[:60])
        try: nd.waitall(); log.append('waitall ok')
        except Exception as e: log.append('waitall ERR')
        print(opt, how, ' | '.join(log))

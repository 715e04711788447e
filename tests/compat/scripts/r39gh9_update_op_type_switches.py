"""Update ops refuse integer and bool weights at their own kernel's type switch (fused, mixed-precision, preloaded, multi-weight AdamW/LAMB, finite checks), and the output-less calls fail where MXNet's do."""
import mxnet as mx

nd = mx.nd


def show(label, f):
    try:
        r = f()
        r = [x.asnumpy().tolist() for x in r] if isinstance(r, (list, tuple)) else r.asnumpy().tolist()
        print(label, '->', r)
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))


def Z(dt, n=2):
    return nd.ones((n,), dtype=dt)


def F(n=2):
    return Z('float32', n)


def out(dt):
    return Z(dt) * 5 if dt != 'bool' else Z(dt)


OPS = {
    'sgd': lambda dt: nd.sgd_update(Z(dt), Z(dt), lr=0.1),
    'sgd_mom': lambda dt: nd.sgd_mom_update(Z(dt), Z(dt), Z(dt), lr=0.1),
    'nag_mom': lambda dt: nd.nag_mom_update(Z(dt), Z(dt), Z(dt), lr=0.1),
    'adam': lambda dt: nd.adam_update(Z(dt), Z(dt), Z(dt), Z(dt), lr=0.1),
    'rmsprop': lambda dt: nd.rmsprop_update(Z(dt), Z(dt), Z(dt), lr=0.1),
    'rmspropalex': lambda dt: nd.rmspropalex_update(Z(dt), Z(dt), Z(dt), Z(dt), Z(dt), lr=0.1),
    'ftrl': lambda dt: nd.ftrl_update(Z(dt), Z(dt), Z(dt), Z(dt), lr=0.1),
    'ftml': lambda dt: nd.ftml_update(Z(dt), Z(dt), Z(dt), Z(dt), Z(dt), lr=0.1, t=1),
    'signsgd': lambda dt: nd.signsgd_update(Z(dt), Z(dt), lr=0.1),
    'signum': lambda dt: nd.signum_update(Z(dt), Z(dt), Z(dt), lr=0.1),
    'lamb1': lambda dt: nd.lamb_update_phase1(Z(dt), Z(dt), Z(dt), Z(dt), t=1, wd=0.),
    'lamb2': lambda dt: nd.lamb_update_phase2(Z(dt), Z(dt), Z(dt, 1), Z(dt, 1), lr=0.1),
    'mp_lamb2': lambda dt: nd.mp_lamb_update_phase2(Z(dt), F(), F(1), F(1), F(), lr=0.1),
    'mp_sgd': lambda dt: nd.mp_sgd_update(Z(dt), Z(dt), F(), lr=0.1),
    'mp_sgd_mom': lambda dt: nd.mp_sgd_mom_update(Z(dt), Z(dt), F(), F(), lr=0.1),
    'mp_nag': lambda dt: nd.mp_nag_mom_update(Z(dt), Z(dt), F(), F(), lr=0.1),
    'adamw': lambda dt: nd.contrib.adamw_update(Z(dt), Z(dt), Z(dt), Z(dt), F(1), lr=0.1, eta=1.),
    'mp_adamw': lambda dt: nd.contrib.mp_adamw_update(Z(dt), Z(dt), F(), F(), F(), F(1), lr=0.1, eta=1.),
    'multi_sgd': lambda dt: nd.multi_sgd_update(Z(dt), Z(dt), lrs=(0.1,), wds=(0.,), num_weights=1),
    'multi_sgd_mom': lambda dt: nd.multi_sgd_mom_update(Z(dt), Z(dt), Z(dt), lrs=(0.1,), wds=(0.,), num_weights=1),
    'multi_sgd_mom out': lambda dt: nd.multi_sgd_mom_update(Z(dt), Z(dt), Z(dt), lrs=(0.1,), wds=(0.,),
                                                             num_weights=1, out=out(dt)),
    'multi_mp_sgd': lambda dt: nd.multi_mp_sgd_update(Z(dt), Z(dt), F(), lrs=(0.1,), wds=(0.,), num_weights=1),
    'multi_mp_sgd out': lambda dt: nd.multi_mp_sgd_update(Z(dt), Z(dt), F(), lrs=(0.1,), wds=(0.,), num_weights=1,
                                                          out=out(dt)),
    'multi_mp_sgd_mom out': lambda dt: nd.multi_mp_sgd_mom_update(Z(dt), Z(dt), F(), F(), lrs=(0.1,), wds=(0.,),
                                                                  num_weights=1, out=out(dt)),
    'pre_sgd': lambda dt: nd.preloaded_multi_sgd_update(Z(dt), Z(dt), F(1) * 0.1, F(1) * 0, num_weights=1),
    'pre_sgd out': lambda dt: nd.preloaded_multi_sgd_update(Z(dt), Z(dt), F(1) * 0.1, F(1) * 0, num_weights=1,
                                                            out=out(dt)),
    'pre_sgd_mom out': lambda dt: nd.preloaded_multi_sgd_mom_update(Z(dt), Z(dt), Z(dt), F(1) * 0.1, F(1) * 0,
                                                                    num_weights=1, out=out(dt)),
    'pre_mp_sgd out': lambda dt: nd.preloaded_multi_mp_sgd_update(Z(dt), Z(dt), F(), F(1) * 0.1, F(1) * 0,
                                                                  num_weights=1, out=out(dt)),
    'pre_mp_sgd_mom out': lambda dt: nd.preloaded_multi_mp_sgd_mom_update(Z(dt), Z(dt), F(), F(), F(1) * 0.1,
                                                                          F(1) * 0, num_weights=1, out=out(dt)),
    'multi_adamw': lambda dt: nd.contrib.multi_adamw_update([Z(dt)], [Z(dt)], [Z(dt)], [Z(dt)], Z(dt, 1),
                                                            lrs=(0.1,), wds=(0.,), etas=(1.,)),
    'multi_adamw out': lambda dt: nd.contrib.multi_adamw_update([Z(dt)], [Z(dt)], [Z(dt)], [Z(dt)], Z(dt, 1),
                                                                lrs=(0.1,), wds=(0.,), etas=(1.,), out=out(dt)),
    'multi_adamw f32 rescale': lambda dt: nd.contrib.multi_adamw_update([Z(dt)], [Z(dt)], [Z(dt)], [Z(dt)], F(1),
                                                                        lrs=(0.1,), wds=(0.,), etas=(1.,)),
    'multi_adamw too few': lambda dt: nd.contrib.multi_adamw_update([Z(dt)], [Z(dt)], [Z(dt)], [Z(dt)], Z(dt, 1),
                                                                    lrs=(0.1,), wds=(0.,), etas=(1.,), size=2),
    'multi_mp_adamw': lambda dt: nd.contrib.multi_mp_adamw_update([Z(dt)], [Z(dt)], [F()], [F()], [F()], F(1),
                                                                  lrs=(0.1,), wds=(0.,), etas=(1.,)),
    'multi_mp_adamw out': lambda dt: nd.contrib.multi_mp_adamw_update([Z(dt)], [Z(dt)], [F()], [F()], [F()], F(1),
                                                                      lrs=(0.1,), wds=(0.,), etas=(1.,),
                                                                      out=out(dt)),
    'multi_lamb': lambda dt: nd.contrib.multi_lamb_update([Z(dt)], [Z(dt)], [Z(dt)], [Z(dt)], step_count=(1,),
                                                          lrs=(0.1,), wds=(0.,)),
    'multi_lamb out': lambda dt: nd.contrib.multi_lamb_update([Z(dt)], [Z(dt)], [Z(dt)], [Z(dt)], step_count=(1,),
                                                              lrs=(0.1,), wds=(0.,), out=out(dt)),
    'multi_lamb mixed': lambda dt: nd.contrib.multi_lamb_update([Z(dt)], [Z(dt)], [F()], [Z(dt)], step_count=(1,),
                                                                lrs=(0.1,), wds=(0.,)),
    'multi_mp_lamb out': lambda dt: nd.contrib.multi_mp_lamb_update([Z(dt)], [Z(dt)], [F()], [F()], [F()],
                                                                    step_count=(1,), lrs=(0.1,), wds=(0.,),
                                                                    out=out(dt)),
    'multi_mp_lamb bad grad': lambda dt: nd.contrib.multi_mp_lamb_update([Z(dt)], [F()], [F()], [F()], [F()],
                                                                         step_count=(1,), lrs=(0.1,), wds=(0.,)),
    'multi_sum_sq': lambda dt: nd.multi_sum_sq(Z(dt), num_arrays=1),
    'all_finite': lambda dt: nd.all_finite(Z(dt)),
    'multi_all_finite': lambda dt: nd.multi_all_finite(Z(dt), num_arrays=1),
}
for name, f in OPS.items():
    for dt in ['int32', 'int8', 'uint8', 'bool', 'float16', 'float32']:
        show(name + ' ' + dt, lambda: f(dt))

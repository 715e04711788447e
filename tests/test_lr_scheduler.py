"""Learning-rate schedules at chosen update counts, against the values MXNet 1.9.1 returns."""
import pytest

import distnet as mx

STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15]
# (class, arguments, MXNet 1.9.1's learning rate at each of STEPS, queried in order)
MXNET = [
    ('FactorScheduler', {'step': 2, 'factor': 0.5, 'base_lr': 1.0}, [1.0, 1.0, 1.0, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125, 0.0625, 0.0625, 0.03125, 0.03125, 0.0078125]),
    ('FactorScheduler', {'step': 3, 'factor': 0.1, 'base_lr': 1.0, 'stop_factor_lr': 0.005}, [1.0, 1.0, 1.0, 1.0, 0.1, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.005, 0.005, 0.005, 0.005]),
    ('FactorScheduler', {'step': 2, 'factor': 0.5, 'base_lr': 1.0, 'warmup_steps': 4, 'warmup_begin_lr': 0.2}, [0.2, 0.4, 0.6000000000000001, 0.8, 0.5, 0.25, 0.25, 0.125, 0.125, 0.0625, 0.0625, 0.03125, 0.03125, 0.0078125]),
    ('FactorScheduler', {'step': 2, 'factor': 0.5, 'base_lr': 1.0, 'warmup_steps': 3, 'warmup_begin_lr': 0.2, 'warmup_mode': 'constant'}, [0.2, 0.2, 0.2, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125, 0.0625, 0.0625, 0.03125, 0.03125, 0.0078125]),
    ('MultiFactorScheduler', {'step': [3, 5, 8], 'factor': 0.1, 'base_lr': 1.0}, [1.0, 1.0, 1.0, 1.0, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002]),
    ('MultiFactorScheduler', {'step': [4, 6], 'factor': 0.5, 'base_lr': 0.1, 'warmup_steps': 2}, [0.0, 0.05, 0.1, 0.1, 0.1, 0.05, 0.05, 0.025, 0.025, 0.025, 0.025, 0.025, 0.025, 0.025]),
    ('PolyScheduler', {'max_update': 10, 'base_lr': 1.0, 'pwr': 2, 'final_lr': 0.01}, [1.0, 0.8119000000000001, 0.6436000000000002, 0.49509999999999993, 0.3664, 0.2575, 0.16840000000000005, 0.09910000000000002, 0.049599999999999984, 0.019899999999999994, 0.01, 0.01, 0.01, 0.01]),
    ('PolyScheduler', {'max_update': 10, 'base_lr': 1.0, 'pwr': 1, 'warmup_steps': 3, 'warmup_begin_lr': 0.1}, [0.1, 0.4, 0.7, 1.0, 0.8571428571428572, 0.7142857142857143, 0.5714285714285714, 0.4285714285714286, 0.2857142857142857, 0.1428571428571429, 0.0, 0.0, 0.0, 0.0]),
    ('CosineScheduler', {'max_update': 10, 'base_lr': 1.0, 'final_lr': 0.1}, [1.0, 0.9779754323328191, 0.9140576474687263, 0.8145033635316129, 0.6890576474687263, 0.55, 0.41094235253127376, 0.2854966364683872, 0.18594235253127372, 0.12202456766718092, 0.1, 0.1, 0.1, 0.1]),
    ('CosineScheduler', {'max_update': 10, 'base_lr': 1.0, 'warmup_steps': 4, 'warmup_begin_lr': 0.0}, [0.0, 0.25, 0.5, 0.75, 1.0, 0.9330127018922194, 0.75, 0.5, 0.2500000000000001, 0.06698729810778065, 0.0, 0.0, 0.0, 0.0]),
]


@pytest.mark.parametrize("name,kwargs,expected", MXNET, ids=[f"{n}{i}" for i, (n, _, _) in enumerate(MXNET)])
def test_schedule_matches_mxnet(name, kwargs, expected):
    sched = getattr(mx.lr_scheduler, name)(**kwargs)
    assert [sched(t) for t in STEPS] == expected


def test_factor_scheduler_catches_up_after_a_jump():
    sched = mx.lr_scheduler.FactorScheduler(step=2, factor=0.5, base_lr=1.0)
    assert sched(9) == 0.0625 and sched.count == 8


@pytest.mark.parametrize("make,error", [
    (lambda: mx.lr_scheduler.FactorScheduler(step=0), "greater or equal than 1"),
    (lambda: mx.lr_scheduler.FactorScheduler(step=2, factor=1.5), "no more than 1"),
    (lambda: mx.lr_scheduler.MultiFactorScheduler(step=[3, 2]), "increasing"),
    (lambda: mx.lr_scheduler.MultiFactorScheduler(step=[0, 2]), "greater or equal than 1"),
    (lambda: mx.lr_scheduler.PolyScheduler(max_update=0), "strictly positive"),
    (lambda: mx.lr_scheduler.CosineScheduler(max_update=5, warmup_mode="cubic"), "linear and constant"),
    (lambda: mx.lr_scheduler.CosineScheduler(max_update=5, warmup_steps=-1), "positive or 0"),
    (lambda: mx.lr_scheduler.CosineScheduler(max_update=5, base_lr=0.1, warmup_begin_lr=0.2), "higher than"),
])
def test_bad_arguments_raise_value_error(make, error):
    with pytest.raises(ValueError, match=error):
        make()


@pytest.mark.parametrize("make", [
    lambda: mx.lr_scheduler.MultiFactorScheduler(step=3),
    lambda: mx.lr_scheduler.PolyScheduler(max_update=10.0),
    lambda: mx.lr_scheduler.FactorScheduler(step=2, warmup_steps=1.5),
])
# MXNet checks these with a bare assert: an AssertionError without a message
def test_wrong_argument_types_fail_a_bare_assert(make):
    with pytest.raises(AssertionError) as caught:
        make()
    assert caught.value.args == ()


def test_warmup_lr_is_asserted_within_the_warmup_and_checks_the_mode_when_used():
    sched = mx.lr_scheduler.FactorScheduler(step=5, base_lr=1.0, warmup_steps=4, warmup_begin_lr=0.2)
    assert sched(2) == 0.2 + 0.8 * 2 / 4
    with pytest.raises(AssertionError) as caught:
        sched.get_warmup_lr(4)
    assert caught.value.args == ()
    sched.warmup_mode = 'cosine'        # changed after construction: refused when a warm-up rate is asked for
    with pytest.raises(ValueError, match="Invalid warmup mode cosine$"):
        sched(1)
    assert sched(9) == 1.0


def test_base_class_must_be_subclassed():
    with pytest.raises(NotImplementedError):
        mx.lr_scheduler.LRScheduler()(1)

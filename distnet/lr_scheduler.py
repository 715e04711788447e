"""Learning-rate schedules: the rate as a function of the number of updates done so far."""
import logging
from math import cos, pi

# Argument checks raise AssertionError, ValueError where MXNet raises those, so callers catch the same; its
# asserts carry no message, and neither do ours.


class LRScheduler:
    """Base class: a callable ``scheduler(num_update) -> learning rate``, with optional warm-up.

    Parameters
    ----------
    base_lr : float
        The initial learning rate.
    warmup_steps : int
        Number of warm-up updates before the schedule proper starts.
    warmup_begin_lr : float
        The learning rate at the first warm-up update.
    warmup_mode : {'linear', 'constant'}
        'linear' raises the rate in equal steps from ``warmup_begin_lr`` to ``base_lr``;
        'constant' keeps ``warmup_begin_lr`` for the whole warm-up.
    """

    _classes = {}   # class name -> class, so a scheduler can be rebuilt from its saved state (private: MXNet has none)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        LRScheduler._classes[cls.__name__] = cls

    def __init__(self, base_lr=0.01, warmup_steps=0, warmup_begin_lr=0, warmup_mode='linear'):
        if not isinstance(warmup_steps, int):
            raise AssertionError()
        if warmup_begin_lr > base_lr:
            raise ValueError("Base lr has to be higher than warmup_begin_lr")
        if warmup_steps < 0:
            raise ValueError("Warmup steps has to be positive or 0")
        if warmup_mode not in ('linear', 'constant'):
            raise ValueError("Supports only linear and constant modes of warmup")
        self.base_lr = base_lr
        self.warmup_steps = warmup_steps
        self.warmup_final_lr = base_lr
        self.warmup_begin_lr = warmup_begin_lr
        self.warmup_mode = warmup_mode

    def get_warmup_lr(self, num_update):
        """The learning rate during warm-up (``num_update < warmup_steps``)."""
        if not num_update < self.warmup_steps:
            raise AssertionError()
        if self.warmup_mode == 'linear':
            increase = (self.warmup_final_lr - self.warmup_begin_lr) * float(num_update) / float(self.warmup_steps)
            return self.warmup_begin_lr + increase
        if self.warmup_mode == 'constant':
            return self.warmup_begin_lr
        raise ValueError(f"Invalid warmup mode {self.warmup_mode}")     # a mode changed after construction

    def __call__(self, num_update):
        """The learning rate after ``num_update`` updates (the most any weight has had)."""
        raise NotImplementedError("must override this")


class FactorScheduler(LRScheduler):
    """Multiply the rate by ``factor`` every ``step`` updates, never going below ``stop_factor_lr``.

    Parameters
    ----------
    step : int
        Updates between two reductions.
    factor : float
        The multiplier applied at each reduction (at most 1).
    stop_factor_lr : float
        The smallest rate the schedule reaches.
    """

    def __init__(self, step, factor=1, stop_factor_lr=1e-8, base_lr=0.01,
                 warmup_steps=0, warmup_begin_lr=0, warmup_mode='linear'):
        super().__init__(base_lr, warmup_steps, warmup_begin_lr, warmup_mode)
        if step < 1:
            raise ValueError("Schedule step must be greater or equal than 1 round")
        if factor > 1.0:
            raise ValueError("Factor must be no more than 1 to make lr reduce")
        self.step = step
        self.factor = factor
        self.stop_factor_lr = stop_factor_lr
        self.count = 0

    def __call__(self, num_update):
        if num_update < self.warmup_steps:
            return self.get_warmup_lr(num_update)
        while num_update > self.count + self.step:
            self.count += self.step
            self.base_lr *= self.factor
            if self.base_lr < self.stop_factor_lr:
                self.base_lr = self.stop_factor_lr
                logging.info("Update[%d]: now learning rate arrived at %0.5e, will not change in the future",
                             num_update, self.base_lr)
            else:
                logging.info("Update[%d]: Change learning rate to %0.5e", num_update, self.base_lr)
        return self.base_lr


class MultiFactorScheduler(LRScheduler):
    """Multiply the rate by ``factor`` each time the update count passes one of the ``step`` marks.

    Parameters
    ----------
    step : list of int
        Increasing update counts at which the rate drops.
    factor : float
        The multiplier applied at each mark (at most 1).
    """

    def __init__(self, step, factor=1, base_lr=0.01, warmup_steps=0, warmup_begin_lr=0, warmup_mode='linear'):
        super().__init__(base_lr, warmup_steps, warmup_begin_lr, warmup_mode)
        if not isinstance(step, list) or not step:
            raise AssertionError()
        for i, s in enumerate(step):
            if i and s <= step[i - 1]:
                raise ValueError("Schedule step must be an increasing integer list")
            if s < 1:
                raise ValueError("Schedule step must be greater or equal than 1 round")
        if factor > 1.0:
            raise ValueError("Factor must be no more than 1 to make lr reduce")
        self.step = step
        self.cur_step_ind = 0
        self.factor = factor
        self.count = 0

    def __call__(self, num_update):
        if num_update < self.warmup_steps:
            return self.get_warmup_lr(num_update)
        while self.cur_step_ind < len(self.step) and num_update > self.step[self.cur_step_ind]:
            self.count = self.step[self.cur_step_ind]
            self.cur_step_ind += 1
            self.base_lr *= self.factor
            logging.info("Update[%d]: Change learning rate to %0.5e", num_update, self.base_lr)
        return self.base_lr


class PolyScheduler(LRScheduler):
    """Decay from ``base_lr`` to ``final_lr`` as ``(1 - t/T) ** pwr`` over ``max_update`` updates.

    Parameters
    ----------
    max_update : int
        Updates after which the rate stays at ``final_lr``.
    pwr : float
        The power of the decay.
    final_lr : float
        The rate reached at ``max_update``.
    """

    def __init__(self, max_update, base_lr=0.01, pwr=2, final_lr=0,
                 warmup_steps=0, warmup_begin_lr=0, warmup_mode='linear'):
        super().__init__(base_lr, warmup_steps, warmup_begin_lr, warmup_mode)
        _check_max_update(max_update)
        self.power = pwr
        self.base_lr_orig = self.base_lr
        self.max_update = max_update
        self.final_lr = final_lr
        self.max_steps = self.max_update - self.warmup_steps

    def __call__(self, num_update):
        if num_update < self.warmup_steps:
            return self.get_warmup_lr(num_update)
        if num_update <= self.max_update:
            progress = float(num_update - self.warmup_steps) / float(self.max_steps)
            self.base_lr = self.final_lr + (self.base_lr_orig - self.final_lr) * pow(1 - progress, self.power)
        return self.base_lr


class CosineScheduler(LRScheduler):
    """Decay from ``base_lr`` to ``final_lr`` along half a cosine over ``max_update`` updates.

    Parameters
    ----------
    max_update : int
        Updates after which the rate stays at ``final_lr``.
    final_lr : float
        The rate reached at ``max_update``.
    """

    def __init__(self, max_update, base_lr=0.01, final_lr=0, warmup_steps=0, warmup_begin_lr=0, warmup_mode='linear'):
        super().__init__(base_lr, warmup_steps, warmup_begin_lr, warmup_mode)
        _check_max_update(max_update)
        self.base_lr_orig = base_lr
        self.max_update = max_update
        self.final_lr = final_lr
        self.max_steps = self.max_update - self.warmup_steps

    def __call__(self, num_update):
        if num_update < self.warmup_steps:
            return self.get_warmup_lr(num_update)
        if num_update <= self.max_update:
            angle = pi * (num_update - self.warmup_steps) / self.max_steps
            self.base_lr = self.final_lr + (self.base_lr_orig - self.final_lr) * (1 + cos(angle)) / 2
        return self.base_lr


def _check_max_update(max_update):
    if not isinstance(max_update, int):
        raise AssertionError()
    if max_update < 1:
        raise ValueError("maximum number of updates must be strictly positive")

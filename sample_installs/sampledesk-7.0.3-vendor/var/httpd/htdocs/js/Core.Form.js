// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_Form = (function (TargetNS) {
    TargetNS.UpdateState = function ($Element) {
        return $Element.find('.State').data('state-id');
    };
    TargetNS.SearchPriority = function ($Element) {
        return $Element.find('.Priority').data('priority-id');
    };
    TargetNS.ListTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.SyncPriority = function ($Element) {
        return $Element.find('.Priority').data('priority-id');
    };
    TargetNS.DeleteLock = function ($Element) {
        return $Element.find('.Lock').data('lock-id');
    };
    TargetNS.SearchPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    return TargetNS;
}(Core.Core_Form || {}));

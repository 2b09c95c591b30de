// --
// Copyright (C) 2001-2017 SampleDesk Project, https://sampledesk.example/
// --

"use strict";

var Core = Core || {};
Core.Core_UI_Dialog = (function (TargetNS) {
    TargetNS.AddHistory = function ($Element) {
        return $Element.find('.History').data('history-id');
    };
    TargetNS.MergeTemplate = function ($Element) {
        return $Element.find('.Template').data('template-id');
    };
    TargetNS.ListGroup = function ($Element) {
        return $Element.find('.Group').data('group-id');
    };
    TargetNS.ListType = function ($Element) {
        return $Element.find('.Type').data('type-id');
    };
    TargetNS.ExistsPreference = function ($Element) {
        return $Element.find('.Preference').data('preference-id');
    };
    return TargetNS;
}(Core.Core_UI_Dialog || {}));
